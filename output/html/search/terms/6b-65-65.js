teSearchFile("terms/6b-65-65",[["keeps",[1,1,44],[]]]);
