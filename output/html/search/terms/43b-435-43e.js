teSearchFile("terms/43b-435-43e",[["леонид",[1,1,2],[]]]);
