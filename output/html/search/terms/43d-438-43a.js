teSearchFile("terms/43d-438-43a",[["николаевич",[1,1,2],[]]]);
