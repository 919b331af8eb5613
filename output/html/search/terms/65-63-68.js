teSearchFile("terms/65-63-68",[["echo",[1,1,50],[]]]);
